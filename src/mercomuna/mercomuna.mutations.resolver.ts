import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { Role } from '../auth/role';
import { VERSION_DESCRIPTION } from '../write/input-rules';
import { MercomunaPoint } from './mercomuna-point.entity';
import { CreateMercomunaPointInput, UpdateMercomunaPointInput } from './mercomuna.inputs';
import { MercomunaWriteService } from './mercomuna.write.service';

@Resolver()
export class MercomunaMutationResolver {
  @Authorized(Role.OPERATOR)
  @Mutation(() => MercomunaPoint, {
    description: 'Records a Mercomuna delivery point (OPERATOR: in its own territorial).',
  })
  createMercomunaPoint(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateMercomunaPointInput) input: CreateMercomunaPointInput,
  ): Promise<MercomunaPoint> {
    return MercomunaWriteService.createMercomunaPoint(ctx, input);
  }

  @Authorized(Role.OPERATOR)
  @Mutation(() => MercomunaPoint, { description: 'Changes a Mercomuna point (optimistic concurrency on `version`).' })
  updateMercomunaPoint(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_DESCRIPTION }) version: number,
    @Arg('input', () => UpdateMercomunaPointInput) input: UpdateMercomunaPointInput,
  ): Promise<MercomunaPoint> {
    return MercomunaWriteService.updateMercomunaPoint(ctx, id, version, input);
  }

  @Authorized(Role.OPERATOR)
  @Mutation(() => ID, { description: 'Deletes a Mercomuna point. Returns the id.' })
  deleteMercomunaPoint(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_DESCRIPTION }) version: number,
  ): Promise<string> {
    return MercomunaWriteService.deleteMercomunaPoint(ctx, id, version);
  }
}
