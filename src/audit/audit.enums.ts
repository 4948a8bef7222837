import { registerEnumType } from 'type-graphql';

export enum AuditOperation {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  IMPORT = 'IMPORT',
}

/** Audited entities; the value is what `audit_log.entity` stores. */
export enum AuditEntity {
  TERRITORIAL = 'territorial',
  COLONIA = 'colonia',
  BENEFICIARY = 'beneficiary',
  PAYMENT = 'payment',
  WORKSHOP = 'workshop',
  AGENDA = 'agenda',
  ECOS_SCHOOL = 'ecos_school',
  PUBLIC_SPACE_IMPROVEMENT = 'public_space_improvement',
  ACTIVITY = 'activity',
  MERCOMUNA_POINT = 'mercomuna_point',
}

registerEnumType(AuditOperation, {
  name: 'AuditOperation',
  description: 'CREATE, UPDATE, DELETE (mutations) or IMPORT (the boundary and layer importer).',
});
registerEnumType(AuditEntity, { name: 'AuditEntity', description: 'The kind of row an audit entry is about.' });
