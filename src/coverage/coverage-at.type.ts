import { Field, ObjectType } from 'type-graphql';
import { Colonia } from '../placement/colonia.entity';
import { Territorial } from '../placement/territorial.entity';
import { Coverage } from './coverage.types';

@ObjectType({
  description: 'The colonia and territorial at a point, with the coverage of each over the requested window.',
})
export class CoverageAt {
  @Field(() => Colonia) colonia: Colonia;
  @Field(() => Territorial) territorial: Territorial;
  @Field(() => Coverage) coloniaCoverage: Coverage;
  @Field(() => Coverage) territorialCoverage: Coverage;
}
