import { Column, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID } from 'type-graphql';

/**
 * The key columns of a writable entity, each one decorator so the GraphQL field
 * and the table column cannot drift (as RowVersion for `version`).
 */

/** `id`: the serial primary key, a GraphQL `ID!`. */
export function IdColumn(): PropertyDecorator {
  return (target, propertyKey) => {
    PrimaryGeneratedColumn()(target, propertyKey);
    Field(() => ID)(target, propertyKey);
  };
}

/** `clave`: the row's stable key, unique (`<table>_clave_key`), at most `length` characters. */
export function ClaveColumn(table: string, description: string, length = 24): PropertyDecorator {
  return (target, propertyKey) => {
    Column({ type: 'varchar', length })(target, propertyKey);
    Index(`${table}_clave_key`, { unique: true })(target, propertyKey);
    Field({ description })(target, propertyKey);
  };
}
