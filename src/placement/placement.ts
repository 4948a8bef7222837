import { foreignKey } from '../db/foreign-key';
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

/** A row placed in a colonia only (`colonia_id`). */
export function InColonia(table: string, { coloniaIndex = true }: PlacementOptions = {}) {
  const key = foreignKey(table, 'colonia_id', () => Colonia, { onDelete: 'RESTRICT', index: coloniaIndex });
  abstract class ColoniaPlaced {
    @key.id coloniaId: number;
    @key.related colonia?: Colonia;
  }
  return ColoniaPlaced;
}

/** A row placed in a colonia and its territorial (`colonia_id`, `territorial_id`). */
export function Placed(table: string, options: PlacementOptions = {}) {
  const key = foreignKey(table, 'territorial_id', () => Territorial, { onDelete: 'RESTRICT', index: true });
  abstract class TerritoryPlaced extends InColonia(table, options) {
    @key.id territorialId: number;
    @key.related territorial?: Territorial;
  }
  return TerritoryPlaced;
}
