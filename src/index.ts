import 'reflect-metadata';
// The settings first: a bad value stops the start naming the variable.
import './config/start';
import { runServerProcess } from './app/server-process';

/**
 * The server process on a database as it is: DATABASE_URL's, or the embedded one in DATA_DIR
 * (created empty and migrated when new). `npm start` runs the demo instead (seeds/demo-server.ts):
 * the same server, on the prepared demo data.
 */
runServerProcess();
