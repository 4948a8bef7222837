import { Column, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Colonia } from './colonia.entity';
import { Territorial } from './territorial.entity';

/**
 * The placement columns of a program table, declared once: `colonia_id` and
 * (for most) `territorial_id`, each with its relation, foreign key
 * `<table>_<column>_fkey` (ON DELETE RESTRICT) and index `<table>_<column>_idx`.
 * An entity extends the class these return (TypeORM takes columns, relations
 * and indices from a base class; the GraphQL fields come from the field
 * resolvers of ./placement.resolvers).
 */
export interface PlacementOptions {
  /** Whether `colonia_id` has an index of its own (false where a composite index starts with it). */
  coloniaIndex?: boolean;
}

/**
 * The decorators of one placement column: the integer `column` (with its index, unless `indexed` is false) on the
 * id property, and the relation to `target` through it on the relation property.
 */
function placementKey(
  table: string,
  column: string,
  target: () => typeof Colonia | typeof Territorial,
  indexed = true,
) {
  const index: PropertyDecorator = indexed ? Index(`${table}_${column}_idx`) : () => undefined;
  const integer = Column({ name: column, type: 'integer' });
  const relation = ManyToOne(target, { onDelete: 'RESTRICT' });
  const join = JoinColumn({ name: column, foreignKeyConstraintName: `${table}_${column}_fkey` });
  // As stacked decorators apply, bottom first.
  const id: PropertyDecorator = (prototype, property) => {
    integer(prototype, property);
    index(prototype, property);
  };
  const related: PropertyDecorator = (prototype, property) => {
    join(prototype, property);
    relation(prototype, property);
  };
  return { id, related };
}

/** A row placed in a colonia only (`colonia_id`). */
export function InColonia(table: string, { coloniaIndex = true }: PlacementOptions = {}) {
  const key = placementKey(table, 'colonia_id', () => Colonia, coloniaIndex);
  abstract class ColoniaPlaced {
    @key.id coloniaId: number;
    @key.related colonia?: Colonia;
  }
  return ColoniaPlaced;
}

/** A row placed in a colonia and its territorial (`colonia_id`, `territorial_id`). */
export function Placed(table: string, options: PlacementOptions = {}) {
  const key = placementKey(table, 'territorial_id', () => Territorial);
  abstract class TerritoryPlaced extends InColonia(table, options) {
    @key.id territorialId: number;
    @key.related territorial?: Territorial;
  }
  return TerritoryPlaced;
}
