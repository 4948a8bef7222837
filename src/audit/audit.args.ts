import { ArgsType, Field, ID } from 'type-graphql';
import { DateScalar } from '../common/date';
import { AuditEntity } from './audit.enums';

@ArgsType()
export class AuditLogFilterArgs {
  @Field(() => AuditEntity, { nullable: true, description: 'Only entries about this kind of row.' })
  entity?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only entries about this row (requires entity).' })
  id?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'From this day, inclusive (YYYY-MM-DD, UTC).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Up to this day, inclusive (YYYY-MM-DD, UTC).' })
  to?: string | null;
}
