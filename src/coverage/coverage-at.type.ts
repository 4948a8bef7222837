import { Field, ObjectType } from 'type-graphql';
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';
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
