/** A class (a resolver or a TypeORM entity). */
export type ClassType = abstract new (...args: any[]) => object;
