/** How one method did, at one horizon, over every origin of a rolling-origin backtest. */
export interface BacktestScore {
  method: string;
  /** Steps ahead, 1 to the backtest's horizon. */
  horizon: number;
  /** How many forecasts this score averages: one per origin that had an actual value this far ahead. */
  forecasts: number;
  /** Mean absolute percentage error, in per cent. */
  mape: number;
  /** Mean absolute scaled error: absolute error over the in-sample mean absolute one-step change. */
  mase: number;
  /** Share (0 to 1) of actual values inside the interval, for each level. */
  coverage: { level: number; share: number }[];
}
