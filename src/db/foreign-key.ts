import { Column, Index, JoinColumn, ManyToOne, type ObjectType } from 'typeorm';

export interface ForeignKeyOptions {
  onDelete: 'RESTRICT' | 'CASCADE';
  /** Whether the column has an index of its own, `<table>_<column>_idx` (not where a composite index starts with it). */
  index?: boolean;
}

/**
 * The decorators of an integer foreign key `column` of `table` to `target`: `id` for the id property (the column,
 * and its index when asked), `related` for the relation property (constraint `<table>_<column>_fkey`).
 */
export function foreignKey<T>(
  table: string,
  column: string,
  target: () => ObjectType<T>,
  { onDelete, index = false }: ForeignKeyOptions,
): { id: PropertyDecorator; related: PropertyDecorator } {
  const integer = Column({ name: column, type: 'integer' });
  const indexed: PropertyDecorator = index ? Index(`${table}_${column}_idx`) : () => undefined;
  const relation = ManyToOne(target, { onDelete });
  const join = JoinColumn({ name: column, foreignKeyConstraintName: `${table}_${column}_fkey` });
  // As stacked decorators apply: the one written last first.
  return {
    id: (prototype, property) => {
      integer(prototype, property);
      indexed(prototype, property);
    },
    related: (prototype, property) => {
      join(prototype, property);
      relation(prototype, property);
    },
  };
}
