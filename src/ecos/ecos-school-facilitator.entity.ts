import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { EcosSchool } from './ecos-school.entity';

/** A beneficiary trained in popular education who facilitates an ECOS. */
@Entity({ name: 'ecos_school_facilitator' })
@Index('ecos_school_facilitator_school_beneficiary_key', ['ecosSchoolId', 'beneficiaryId'], { unique: true })
export class EcosSchoolFacilitator {
  @PrimaryGeneratedColumn() id: number;

  @Column({ name: 'ecos_school_id', type: 'integer' }) ecosSchoolId: number;

  @ManyToOne(() => EcosSchool, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ecos_school_id', foreignKeyConstraintName: 'ecos_school_facilitator_ecos_school_id_fkey' })
  ecosSchool?: EcosSchool;

  @Index('ecos_school_facilitator_beneficiary_id_idx')
  @Column({ name: 'beneficiary_id', type: 'integer' })
  beneficiaryId: number;

  @ManyToOne(() => Beneficiary, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'beneficiary_id', foreignKeyConstraintName: 'ecos_school_facilitator_beneficiary_id_fkey' })
  beneficiary?: Beneficiary;
}
