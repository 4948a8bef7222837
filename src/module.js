/** Declares a module, keeping its loaders' type for `ctx.loaders`. */
export function defineModule(module) {
    return module;
}
