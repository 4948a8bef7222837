import { Field, ObjectType } from 'type-graphql';
import { Colonia } from '../placement/colonia.entity';
import { Territorial } from '../placement/territorial.entity';

@ObjectType({ description: 'Where a point falls: its colonia and territorial.' })
export class Location {
  @Field(() => Colonia) colonia: Colonia;
  @Field(() => Territorial) territorial: Territorial;
}
