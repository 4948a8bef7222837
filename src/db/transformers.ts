/** numeric → number: amounts are whole pesos and centavos, far inside float64's exact range. */
export const numericToNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };
