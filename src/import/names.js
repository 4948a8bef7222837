/**
 * Names of boundary features: code-point order, the preferred spelling of a
 * duplicated name, slugs. Used by the importer and by the demo seed's planner
 * (seeds/territorial-model.plan.ts re-exports them).
 */
/** Code-point order, independent of locale and database collation. */
export function compareCodePoints(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function nonAsciiLetters(name) {
    let count = 0;
    for (const char of name)
        if (char.codePointAt(0) > 0x7f && /\p{L}/u.test(char))
            count += 1;
    return count;
}
/**
 * The name kept for a set of spellings of one geometry: the most accented
 * spelling (the catalogue's ASCII copies lost their diacritics), ties in
 * code-point order.
 */
export function preferredName(names) {
    if (names.length === 0)
        throw new Error('preferredName needs at least one name');
    return [...names].sort((a, b) => nonAsciiLetters(b) - nonAsciiLetters(a) || compareCodePoints(a, b))[0];
}
/** The features to drop so that each duplicate group keeps its preferred name, listed by kept name. */
export function resolveDuplicates(groups) {
    const dropped = [];
    for (const { ords, nombres } of groups) {
        const keptAs = preferredName(nombres);
        const kept = nombres.indexOf(keptAs);
        ords.forEach((ord, i) => {
            if (i !== kept)
                dropped.push({ ord, dropped: nombres[i], keptAs });
        });
    }
    return dropped.sort((a, b) => compareCodePoints(a.keptAs, b.keptAs) || compareCodePoints(a.dropped, b.dropped));
}
/** Lowercase ASCII slug: diacritics dropped, every other run of non-alphanumerics a hyphen. */
export function slugify(text, maxLength) {
    const slug = text
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return slug.slice(0, maxLength).replace(/-+$/, '');
}
