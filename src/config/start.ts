import { configOrExit } from './config';

/**
 * Imported first by every process entry (the server, `npm start`, the CLIs): the settings are read and
 * checked before anything else loads, so a bad value stops the start with a line naming the variable.
 */
configOrExit();
