/** Layout of the charts in pixels and axis units: arithmetic on the drawing, never on a figure. */

/** A round upper bound for a value axis: the next multiple of 500 above every value with some headroom. */
export function roundAxisMax(values: readonly number[], headroom: number): number {
   
  return Math.ceil((Math.max(...values) * headroom) / 500) * 500;
}
