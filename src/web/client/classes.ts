/**
 * Class breaks and colours of the choropleth: quantiles over the values shown
 * (at most five classes), coloured with viridis, which stays ordered for the
 * common colour-vision deficiencies and in greyscale.
 */
export const VIRIDIS = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];
export const NO_DATA_COLOR = '#c8c8c8';

export interface ColourClass {
  color: string;
  min: number;
  max: number;
  count: number;
}

export interface Classification {
  classes: ColourClass[];
  /** Colour of a value (NO_DATA_COLOR for null). */
  colorOf(value: number | null): string;
}

export function classify(values: (number | null)[], maxClasses = VIRIDIS.length): Classification {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  let lowerBounds: number[];
  if (distinct.length <= maxClasses) {
    lowerBounds = distinct;
  } else {
    lowerBounds = [sorted[0]];
    for (let i = 1; i < maxClasses; i += 1) {
      const b = sorted[Math.floor((i * sorted.length) / maxClasses)];
      if (b > lowerBounds[lowerBounds.length - 1]) lowerBounds.push(b);
    }
  }
  const n = lowerBounds.length;
  // Spread fewer classes over the whole ramp, so two classes are dark and light.
  const colors = lowerBounds.map((_, i) => VIRIDIS[n === 1 ? 2 : Math.round((i * (VIRIDIS.length - 1)) / (n - 1))]);
  const indexOf = (v: number) => {
    let i = 0;
    while (i + 1 < n && v >= lowerBounds[i + 1]) i += 1;
    return i;
  };
  const classes: ColourClass[] = lowerBounds.map((_, i) => ({
    color: colors[i],
    min: Infinity,
    max: -Infinity,
    count: 0,
  }));
  for (const v of sorted) {
    const c = classes[indexOf(v)];
    c.min = Math.min(c.min, v);
    c.max = Math.max(c.max, v);
    c.count += 1;
  }
  return { classes, colorOf: (v) => (v === null || n === 0 ? NO_DATA_COLOR : colors[indexOf(v)]) };
}
