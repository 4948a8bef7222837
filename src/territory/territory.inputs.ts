import { Field, InputType } from 'type-graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { IsClave, IsPrintableName, claveMessage } from '../write/input-rules';

/** Attributes only: boundaries and membership change through the import (src/import). */
@InputType({
  description:
    'Attributes of a colonia to change (ADMIN). Boundaries and territorial membership change through the import.',
})
export class UpdateColoniaInput {
  @Field({ nullable: true, description: 'Stable key (unique), lower-case slug, e.g. los-angeles-ii.' })
  @IsOptional()
  @MaxLength(80, { message: claveMessage('clave', 80) })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'clave must be a lower-case slug: letters a-z, digits and single hyphens (e.g. los-angeles-ii)',
  })
  clave?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsPrintableName(2, 160)
  nombre?: string;
}

@InputType({
  description:
    'Attributes of a territorial to change (ADMIN). Its polygon is the union of its colonias (see the import).',
})
export class UpdateTerritorialInput {
  @Field({ nullable: true, description: 'Stable key (unique), e.g. TER-03.' })
  @IsOptional()
  @IsClave(16)
  clave?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsPrintableName(2, 120)
  nombre?: string;
}
