import { Field, InputType } from 'type-graphql';
import { IsClave } from '../write/input-rules';
import { NamedPointChange, NewNamedPoint } from '../write/placement-inputs';
import { MercomunaPeriod, MercomunaPointKind } from './mercomuna.enums';

@InputType({ description: 'A new Mercomuna delivery point.' })
export class CreateMercomunaPointInput extends NewNamedPoint {
  @Field({ description: 'Unique key, e.g. MER-SD-131.' })
  @IsClave()
  clave: string;

  @Field(() => MercomunaPeriod) period: MercomunaPeriod;
  @Field(() => MercomunaPointKind) kind: MercomunaPointKind;
}

@InputType({ description: 'Fields of a Mercomuna point to change; omitted fields stay as they are.' })
export class UpdateMercomunaPointInput extends NamedPointChange {
  @Field(() => MercomunaPeriod, { nullable: true }) period?: MercomunaPeriod;
  @Field(() => MercomunaPointKind, { nullable: true }) kind?: MercomunaPointKind;
}
