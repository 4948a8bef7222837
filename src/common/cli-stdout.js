"use strict";
/**
 * Imported first by CLIs whose stdout is their result (e.g. `token`): logs go
 * to stderr so `$(npm run --silent token …)` captures only the result.
 */
process.env.LOG_DESTINATION = 'stderr';
