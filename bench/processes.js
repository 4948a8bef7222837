import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../seeds/program-upsert';
/** A free loopback port (the OS picks one; released before the child binds it). */
export function freePort() {
    return new Promise((resolve, reject) => {
        const probe = createServer();
        probe.once('error', reject);
        probe.listen(0, '127.0.0.1', () => {
            const { port } = probe.address();
            probe.close(() => resolve(port));
        });
    });
}
async function waitUntilReady(url, child, name, logFile, timeoutMs = 180_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (child.exitCode !== null)
            throw new Error(`${name} exited with code ${child.exitCode} before it was ready (log: ${logFile})`);
        try {
            // connection: close — an idle keep-alive socket left in fetch's pool would be closed by the server
            // after 5 s and reused by the next check (ECONNRESET) when the machine is slow to start the next server.
            const response = await fetch(`${url}/healthz`, { headers: { connection: 'close' } });
            if (response.ok)
                return;
        }
        catch {
            // not listening yet
        }
        await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${name} was not ready within ${timeoutMs / 1000} s (log: ${logFile})`);
}
/** Starts `node <script>` with `env` on a free port and waits for GET /healthz. */
export async function startChildServer(name, script, env) {
    const port = await freePort();
    const logFile = path.join(os.tmpdir(), `territorio-bench-${name}-${process.pid}.log`);
    const log = createWriteStream(logFile);
    const child = spawn(process.execPath, [path.join(projectRoot(), script)], {
        cwd: projectRoot(),
        env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port), HOST: '127.0.0.1' },
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    const url = `http://127.0.0.1:${port}`;
    try {
        await waitUntilReady(url, child, name, logFile);
    }
    catch (error) {
        child.kill('SIGKILL');
        throw error;
    }
    return {
        name,
        url,
        logFile,
        stop: () => new Promise((resolve) => {
            if (child.exitCode !== null)
                return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
            child.once('exit', () => {
                clearTimeout(timer);
                log.end();
                resolve();
            });
            child.kill('SIGTERM');
        }),
    };
}
