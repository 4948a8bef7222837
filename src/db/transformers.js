/** numeric → number: amounts are whole pesos and centavos, far inside float64's exact range. */
export const numericToNumber = { to: (v) => v, from: (v) => (v === null ? null : Number(v)) };
