import { Column, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { MultiPolygon } from 'geojson';
import type { Colonia } from './colonia.entity';

/**
 * A dirección territorial: one of Iztapalapa's 13 administrative territories.
 * Geometry is never loaded through the entity (select: false); GeoJSON
 * leaves the database through the geo module's SQL.
 */
@Entity({ name: 'territorial' })
export class Territorial {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('territorial_clave_key', { unique: true })
  @Column({ type: 'varchar', length: 16 })
  clave: string;

  @Column({ type: 'varchar', length: 120 })
  nombre: string;

  @Index('territorial_geom_gist', { spatial: true })
  @Column({ type: 'geometry', spatialFeatureType: 'MultiPolygon', srid: 4326, select: false })
  geom: MultiPolygon;

  @Column({ name: 'area_km2', type: 'double precision' })
  areaKm2: number;

  @OneToMany('Colonia', (colonia: Colonia) => colonia.territorial)
  colonias: Colonia[];
}
