import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { Role } from '../auth/role';
import { VERSION_DESCRIPTION } from '../write/input-rules';
import { Colonia } from './colonia.entity';
import { Territorial } from './territorial.entity';
import { UpdateColoniaInput, UpdateTerritorialInput } from './territory.inputs';
import { TerritoryWriteService } from './territory.write.service';

@Resolver()
export class TerritoryMutationResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => Colonia, {
    description: "Changes a colonia's attributes (ADMIN; optimistic concurrency on `version`).",
  })
  updateColonia(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_DESCRIPTION }) version: number,
    @Arg('input', () => UpdateColoniaInput) input: UpdateColoniaInput,
  ): Promise<Colonia> {
    return TerritoryWriteService.updateColonia(ctx, id, version, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Territorial, {
    description: "Changes a territorial's attributes (ADMIN; optimistic concurrency on `version`).",
  })
  updateTerritorial(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_DESCRIPTION }) version: number,
    @Arg('input', () => UpdateTerritorialInput) input: UpdateTerritorialInput,
  ): Promise<Territorial> {
    return TerritoryWriteService.updateTerritorial(ctx, id, version, input);
  }
}
