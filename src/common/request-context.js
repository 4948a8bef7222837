import { AsyncLocalStorage } from 'node:async_hooks';
const storage = new AsyncLocalStorage();
export function runInRequestScope(scope, fn) {
    return storage.run(scope, fn);
}
export function currentRequestScope() {
    return storage.getStore();
}
