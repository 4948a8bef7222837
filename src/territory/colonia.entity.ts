import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { MultiPolygon } from 'geojson';
import type { Territorial } from './territorial.entity';
import { RowVersion } from '../write/row-version';

/** A colonia (neighbourhood unit); each belongs to exactly one territorial. */
@ObjectType({
  description: 'A colonia, barrio, pueblo or unidad habitacional of Iztapalapa; belongs to exactly one territorial.',
})
@Entity({ name: 'colonia' })
export class Colonia {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Stable key (slug of the name), e.g. los-angeles or desarrollo-urbano-quetzalcoatl-ii.' })
  @Index('colonia_clave_key', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  clave: string;

  @Field()
  @Column({ type: 'varchar', length: 160 })
  nombre: string;

  @Index('colonia_territorial_id_idx')
  @Column({ name: 'territorial_id', type: 'integer' })
  territorialId: number;

  @ManyToOne('Territorial', (territorial: Territorial) => territorial.colonias, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'territorial_id', foreignKeyConstraintName: 'colonia_territorial_id_fkey' })
  territorial?: Territorial;

  @Index('colonia_geom_gist', { spatial: true })
  @Column({ type: 'geometry', spatialFeatureType: 'MultiPolygon', srid: 4326, select: false })
  geom?: MultiPolygon;

  @Field(() => Float, { description: 'Area in km² (on the spheroid).' })
  @Column({ name: 'area_km2', type: 'double precision' })
  areaKm2: number;

  @RowVersion() version: number;
}
