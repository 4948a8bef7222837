declare module '../helpers/factory-kinds' {
  interface FactoryTables {
    colonia: true;
    territorial: true;
  }
}

/**
 * The territorial model is loaded by import, not created: no factory kind. Tests update its rows, which the
 * factories restore (`make.touch`).
 */
export const factoryTables = ['colonia', 'territorial'] as const;
