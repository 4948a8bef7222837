import Database from 'better-sqlite3';
import type { PropertyType } from './layers';

/**
 * A GeoPackage (OGC 12-128r18, version 1.3) of one feature table, written
 * with SQLite (better-sqlite3, whose SQLite has the R*Tree module) in memory
 * and returned as the file's bytes. It holds what the standard requires and
 * no more: the application id and version, gpkg_spatial_ref_sys (the two
 * undefined systems, EPSG:4326 and the output CRS), gpkg_contents,
 * gpkg_geometry_columns, the feature table, and the spatial index of the
 * `gpkg_rtree_index` extension (the R-tree and the standard's triggers, so a
 * desktop GIS that edits the file keeps the index right).
 * Geometries arrive as GeoPackage binary built by PostGIS
 * (src/geo/feature-download.sql.ts); nothing here reads WKB.
 */

export interface GeoPackageSrs {
  srid: number;
  organization: string;
  code: number;
  name: string;
  /** WKT (spatial_ref_sys.srtext). */
  definition: string;
}

export interface GeoPackageColumn {
  name: string;
  type: PropertyType;
}

export interface GeoPackageFeature {
  fid: number;
  /** GeoPackage binary geometry. */
  geom: Uint8Array;
  minx: number;
  maxx: number;
  miny: number;
  maxy: number;
  values: unknown[];
}

export interface GeoPackageTable {
  /** Table name (the collection id). */
  name: string;
  title: string;
  description: string;
  /** POINT, MULTIPOLYGON or GEOMETRY. */
  geometryType: string;
  srs: GeoPackageSrs;
  /** EPSG:4326, which every GeoPackage declares. */
  wgs84: GeoPackageSrs;
  columns: GeoPackageColumn[];
  features: GeoPackageFeature[];
}

/** 'GPKG' as the SQLite application_id, and version 1.3.0 as user_version. */
const GPKG_APPLICATION_ID = 0x47504b47;
const GPKG_VERSION = 10300;
const GEOMETRY_COLUMN = 'geom';

const COLUMN_TYPES: Record<PropertyType, string> = {
  string: 'TEXT',
  integer: 'INTEGER',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  date: 'DATE',
};

function quoted(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

const SCHEMA = `
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (
  table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL,
  CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
`;

/** The triggers of the gpkg_rtree_index extension (GeoPackage 1.3, annex F.3), for table t, column c. */
function rtreeTriggers(t: string, c: string): string {
  const rtree = quoted(`rtree_${t}_${c}`);
  const name = (suffix: string) => quoted(`rtree_${t}_${c}_${suffix}`);
  const table = quoted(t);
  const col = quoted(c);
  const bounds = (row: string) =>
    `ST_MinX(${row}.${col}), ST_MaxX(${row}.${col}), ST_MinY(${row}.${col}), ST_MaxY(${row}.${col})`;
  return `
CREATE TRIGGER ${name('insert')} AFTER INSERT ON ${table}
  WHEN (new.${col} NOT NULL AND NOT ST_IsEmpty(NEW.${col}))
BEGIN INSERT OR REPLACE INTO ${rtree} VALUES (NEW.fid, ${bounds('NEW')}); END;
CREATE TRIGGER ${name('update1')} AFTER UPDATE OF ${col} ON ${table}
  WHEN OLD.fid = NEW.fid AND (NEW.${col} NOTNULL AND NOT ST_IsEmpty(NEW.${col}))
BEGIN INSERT OR REPLACE INTO ${rtree} VALUES (NEW.fid, ${bounds('NEW')}); END;
CREATE TRIGGER ${name('update2')} AFTER UPDATE OF ${col} ON ${table}
  WHEN OLD.fid = NEW.fid AND (NEW.${col} ISNULL OR ST_IsEmpty(NEW.${col}))
BEGIN DELETE FROM ${rtree} WHERE id = OLD.fid; END;
CREATE TRIGGER ${name('update3')} AFTER UPDATE ON ${table}
  WHEN OLD.fid != NEW.fid AND (NEW.${col} NOTNULL AND NOT ST_IsEmpty(NEW.${col}))
BEGIN DELETE FROM ${rtree} WHERE id = OLD.fid;
  INSERT OR REPLACE INTO ${rtree} VALUES (NEW.fid, ${bounds('NEW')}); END;
CREATE TRIGGER ${name('update4')} AFTER UPDATE ON ${table}
  WHEN OLD.fid != NEW.fid AND (NEW.${col} ISNULL OR ST_IsEmpty(NEW.${col}))
BEGIN DELETE FROM ${rtree} WHERE id IN (OLD.fid, NEW.fid); END;
CREATE TRIGGER ${name('delete')} AFTER DELETE ON ${table}
  WHEN old.${col} NOT NULL
BEGIN DELETE FROM ${rtree} WHERE id = OLD.fid; END;
`;
}

/** The GeoPackage file of one table, as bytes. */
export function geoPackageFile(table: GeoPackageTable): Buffer {
  const db = new Database(':memory:');
  try {
    db.pragma(`application_id = ${GPKG_APPLICATION_ID}`);
    db.pragma(`user_version = ${GPKG_VERSION}`);
    db.exec(SCHEMA);
    const srs = db.prepare(
      'INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition, description) VALUES (?, ?, ?, ?, ?, ?)',
    );
    srs.run('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system');
    srs.run('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
    for (const s of [table.wgs84, table.srs]) srs.run(s.name, s.srid, s.organization, s.code, s.definition, null);

    const t = table.name;
    const columns = table.columns.map((c) => `, ${quoted(c.name)} ${COLUMN_TYPES[c.type]}`).join('');
    db.exec(
      `CREATE TABLE ${quoted(t)} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, ${quoted(GEOMETRY_COLUMN)} ${table.geometryType}${columns})`,
    );
    db.exec(`CREATE VIRTUAL TABLE ${quoted(`rtree_${t}_${GEOMETRY_COLUMN}`)} USING rtree(id, minx, maxx, miny, maxy)`);
    const placeholders = table.columns.map(() => ', ?').join('');
    const insertFeature = db.prepare(
      `INSERT INTO ${quoted(t)} (fid, ${quoted(GEOMETRY_COLUMN)}${table.columns.map((c) => `, ${quoted(c.name)}`).join('')}) VALUES (?, ?${placeholders})`,
    );
    const insertBounds = db.prepare(`INSERT INTO ${quoted(`rtree_${t}_${GEOMETRY_COLUMN}`)} VALUES (?, ?, ?, ?, ?)`);
    let extent: [number, number, number, number] | null = null;
    db.transaction(() => {
      for (const f of table.features) {
        insertFeature.run(f.fid, f.geom, ...f.values.map(sqliteValue));
        insertBounds.run(f.fid, f.minx, f.maxx, f.miny, f.maxy);
        extent = extent
          ? [
              Math.min(extent[0], f.minx),
              Math.min(extent[1], f.miny),
              Math.max(extent[2], f.maxx),
              Math.max(extent[3], f.maxy),
            ]
          : [f.minx, f.miny, f.maxx, f.maxy];
      }
    })();
    // After the rows: the triggers call the GeoPackage SQL functions (ST_MinX…), which a GIS provides, not this SQLite.
    db.exec(rtreeTriggers(t, GEOMETRY_COLUMN));
    const box = extent ?? [null, null, null, null];
    db.prepare(
      "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?)",
    ).run(t, table.title, table.description, ...box, table.srs.srid);
    db.prepare('INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)').run(
      t,
      GEOMETRY_COLUMN,
      table.geometryType,
      table.srs.srid,
    );
    db.prepare(
      "INSERT INTO gpkg_extensions VALUES (?, ?, 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
    ).run(t, GEOMETRY_COLUMN);
    return db.serialize();
  } finally {
    db.close();
  }
}

/** SQLite takes numbers, text, bigint, buffers and null; booleans become 0/1. */
function sqliteValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value ?? null;
}
