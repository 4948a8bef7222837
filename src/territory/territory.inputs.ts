import { Field, InputType } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { IECM_CLAVE, IECM_CLAVE_FORM } from '../placement/colonia-tipo';
import { IsClave, IsPrintableName } from '../write/input-rules';

/** Attributes only: boundaries and membership change through the import (src/import). */
@InputType({
  description:
    'Attributes of a colonia to change (ADMIN). Boundaries and territorial membership change through the import.',
})
export class UpdateColoniaInput {
  @Field({ nullable: true, description: 'IECM unit clave (unique), e.g. 07-196.' })
  @IsOptional()
  @Matches(IECM_CLAVE, { message: `clave must be an IECM unit clave: ${IECM_CLAVE_FORM}` })
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
