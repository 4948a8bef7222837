import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { MultiPolygon } from 'geojson';
import type { Territorial } from './territorial.entity';
import { RowCreatedAt, RowUpdatedAt, RowVersion } from '../write/row-version';
import { ColoniaTipo, TIPO_CHECK_SQL } from './colonia-tipo';
import { ClaveColumn, IdColumn } from '../write/key-columns';
import { GeometryColumn } from '../geo/geometry-column';

/**
 * A colonia: one of the IECM catalogue's unidades territoriales; each belongs
 * to exactly one territorial. A few units lie inside another (contained_in_id).
 */
@ObjectType({
  description:
    "A colonia, barrio, pueblo or unidad habitacional of Iztapalapa: a unit of the electoral institute's (IECM) catalogue. " +
    'Belongs to exactly one territorial; a few units lie inside another (containedIn / contains).',
})
@Entity({ name: 'colonia' })
@Check('colonia_tipo_check', TIPO_CHECK_SQL)
@Check('colonia_poblacion_check', `"poblacion" >= 0`)
@Check('colonia_distrito_local_check', `"distrito_local" BETWEEN 1 AND 99`)
export class Colonia {
  @IdColumn() id: number;

  @ClaveColumn('colonia', 'The IECM clave of the unit (cveut), e.g. 07-196.', 80)
  clave: string;

  @Field({ description: 'The official name, with its kind suffix, e.g. SAN MIGUEL (BARR).' })
  @Column({ type: 'varchar', length: 160 })
  nombre: string;

  @Field(() => String, {
    description: 'The name without the kind suffix, for display, e.g. SAN MIGUEL (the official name when it has none).',
  })
  @Column({ name: 'display_name', type: 'varchar', length: 160, nullable: true })
  displayName: string | null;

  @Field(() => ColoniaTipo, { description: 'Kind of unit, from the suffix of the official name.' })
  @Column({ type: 'varchar', length: 24, default: ColoniaTipo.COLONIA })
  tipo: ColoniaTipo;

  @Field(() => Int, { nullable: true, description: 'Local electoral district (IECM dttoloc); null when not imported.' })
  @Column({ name: 'distrito_local', type: 'smallint', nullable: true })
  distritoLocal: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Population as given by the IECM catalogue (pob); null when unknown (a boundary file without it).',
  })
  @Column({ type: 'integer', nullable: true })
  poblacion: number | null;

  @Index('colonia_territorial_id_idx')
  @Column({ name: 'territorial_id', type: 'integer' })
  territorialId: number;

  // One way only (no Territorial.colonias relation): the two entity files import no cycle; the GraphQL field is a resolver.
  @ManyToOne('Territorial', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'territorial_id', foreignKeyConstraintName: 'colonia_territorial_id_fkey' })
  territorial?: Territorial;

  @Index('colonia_contained_in_id_idx')
  @Column({ name: 'contained_in_id', type: 'integer', nullable: true })
  containedInId: number | null;

  @ManyToOne('Colonia', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contained_in_id', foreignKeyConstraintName: 'colonia_contained_in_id_fkey' })
  containedIn?: Colonia | null;

  @GeometryColumn('colonia', 'MultiPolygon')
  geom?: MultiPolygon;

  @Field(() => Float, {
    description:
      'Area in km² (on the spheroid), of the whole polygon: a unit that contains others includes their area.',
  })
  @Column({ name: 'area_km2', type: 'double precision' })
  areaKm2: number;

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
