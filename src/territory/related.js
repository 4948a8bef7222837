/** The territorial of a program row (through the request's territory loaders). */
export async function relatedTerritorial(ctx, row) {
    const territorial = await ctx.loaders.territory.territorialById.load(row.territorialId);
    if (!territorial)
        throw new Error(`territorial ${row.territorialId} is missing`);
    return territorial;
}
/** The colonia of a program row (through the request's territory loaders). */
export async function relatedColonia(ctx, row) {
    const colonia = await ctx.loaders.territory.coloniaById.load(row.coloniaId);
    if (!colonia)
        throw new Error(`colonia ${row.coloniaId} is missing`);
    return colonia;
}
