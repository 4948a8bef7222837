import { Field, Float, ObjectType } from 'type-graphql';
import { EcosSchool } from './ecos-school.entity';

@ObjectType({ description: 'An ECOS school and its distance to a point.' })
export class EcosSchoolDistance {
  @Field(() => EcosSchool) ecosSchool: EcosSchool;
  @Field(() => Float, { description: 'Distance in metres on the WGS84 spheroid.' }) distanceMeters: number;
}
