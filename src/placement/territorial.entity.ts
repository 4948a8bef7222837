import { Check, Column, Entity } from 'typeorm';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { MultiPolygon } from 'geojson';
import { RowCreatedAt, RowUpdatedAt, RowVersion } from '../write/row-version';
import { ClaveColumn, IdColumn } from '../write/key-columns';
import { GeometryColumn } from '../geo/geometry-column';

export const ILLUSTRATIVE_DIVISION_NOTE =
  'The demo division into territoriales is illustrative: no public source assigns the IECM units to the 13 direcciones ' +
  'territoriales, so the demo grows 13 contiguous, population-balanced groups of real units from one point per territorial; ' +
  'the official assignment is loaded with the territorial-assignment import.';

/**
 * A dirección territorial: one of Iztapalapa's 13 administrative territories.
 * Geometry is never loaded through the entity (select: false); GeoJSON leaves
 * the database through the geo module's SQL.
 */
@ObjectType({ description: `A dirección territorial of Iztapalapa. ${ILLUSTRATIVE_DIVISION_NOTE}` })
@Entity({ name: 'territorial' })
@Check('territorial_poblacion_check', `"poblacion" >= 0`)
export class Territorial {
  @IdColumn() id: number;

  @ClaveColumn('territorial', 'Stable key, e.g. TER-01.', 16)
  clave: string;

  @Field({ description: 'Name as in the program report, e.g. ACULCO.' })
  @Column({ type: 'varchar', length: 120 })
  nombre: string;

  @GeometryColumn('territorial', 'MultiPolygon')
  geom?: MultiPolygon;

  @Field(() => Float, { description: 'Area in km² (on the spheroid).' })
  @Column({ name: 'area_km2', type: 'double precision' })
  areaKm2: number;

  @Field(() => Int, {
    description:
      "Population: the sum of its colonias' IECM figures, each unit counted once (a unit inside another is not counted twice).",
  })
  @Column({ type: 'integer', default: 0 })
  poblacion: number;

  @RowVersion() version: number;
  @RowCreatedAt() createdAt: Date;
  @RowUpdatedAt() updatedAt: Date;

  @Field(() => Float, {
    nullable: true,
    description:
      "How well the name matches the list's `search` (0–1, 1: the same words once case, accents and abbreviations are set aside); null without a search.",
  })
  searchScore?: number | null;
}
