/**
 * The units a table's rows are about, in one statement each: the territoriales by clave, or the colonias by
 * their territorial's clave and their own (grouped as a reader of the sheet expects).
 */
export const TERRITORIALES_SQL = `
  SELECT t.id, t.clave, t.nombre FROM territorial t ORDER BY t.clave, t.id`;

export const COLONIAS_SQL = `
  SELECT c.id, c.clave, c.nombre, t.clave AS territorial_clave, t.nombre AS territorial_nombre
    FROM colonia c JOIN territorial t ON t.id = c.territorial_id
   ORDER BY t.clave, c.clave, c.id`;
