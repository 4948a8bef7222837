import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { valuesCheck } from '../common/graphql-enum';
import { PublicSpaceKind } from './public-space.enums';

/**
 * Reference table of improvement kinds. `tracked` is the "sin dato" rule: the
 * report gives no figure for some kinds, whose counts are then unknown (null),
 * never 0. Recording an improvement of a kind marks it tracked (trigger).
 */
@Entity({ name: 'public_space_kind' })
@Check('public_space_kind_kind_check', valuesCheck('kind', PublicSpaceKind))
export class PublicSpaceKindRow {
  @PrimaryColumn({ type: 'varchar', length: 32 }) kind: PublicSpaceKind;
  @Column({ type: 'varchar', length: 120 }) nombre: string;
  @Column({ type: 'boolean' }) tracked: boolean;
}
