/** Writes a generated campaign of `targets` targets into `dir` and returns `dir`. */
export declare function writeCampaign(dir: string, targets: number): string;
