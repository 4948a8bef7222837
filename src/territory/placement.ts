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

function indexed(on: boolean, name: string): PropertyDecorator {
  return on ? Index(name) : () => undefined;
}

/** A row placed in a colonia only (`colonia_id`). */
export function InColonia(table: string, { coloniaIndex = true }: PlacementOptions = {}) {
  abstract class ColoniaPlaced {
    @indexed(coloniaIndex, `${table}_colonia_id_idx`)
    @Column({ name: 'colonia_id', type: 'integer' })
    coloniaId: number;

    @ManyToOne(() => Colonia, { onDelete: 'RESTRICT' })
    @JoinColumn({ name: 'colonia_id', foreignKeyConstraintName: `${table}_colonia_id_fkey` })
    colonia?: Colonia;
  }
  return ColoniaPlaced;
}

/** A row placed in a colonia and its territorial (`colonia_id`, `territorial_id`). */
export function Placed(table: string, options: PlacementOptions = {}) {
  abstract class TerritoryPlaced extends InColonia(table, options) {
    @Index(`${table}_territorial_id_idx`)
    @Column({ name: 'territorial_id', type: 'integer' })
    territorialId: number;

    @ManyToOne(() => Territorial, { onDelete: 'RESTRICT' })
    @JoinColumn({ name: 'territorial_id', foreignKeyConstraintName: `${table}_territorial_id_fkey` })
    territorial?: Territorial;
  }
  return TerritoryPlaced;
}
