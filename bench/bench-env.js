/**
 * Imported first by bench.ts: the app modules the benchmark loads (logger,
 * DataSource options) read the environment when they are loaded.
 */
import 'reflect-metadata';
process.env.LOG_LEVEL ??= 'error';
process.env.NODE_ENV ??= 'production';
