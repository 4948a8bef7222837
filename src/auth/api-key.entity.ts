import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An API key for system-to-system use (X-API-Key). Only the SHA-256 of the key
 * is stored; the key itself is shown once, when created.
 */
@Entity({ name: 'api_key' })
export class ApiKey {
  @PrimaryGeneratedColumn() id: number;

  @Index('api_key_name_key', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Index('api_key_key_hash_key', { unique: true })
  @Column({ name: 'key_hash', type: 'char', length: 64 })
  keyHash: string;

  @Column({ type: 'varchar', length: 16 }) role: string;

  @Column({ name: 'territorial_id', type: 'integer', nullable: true }) territorialId: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
}
