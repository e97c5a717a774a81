export declare const DEFAULT_CHROMIUM: string;
export declare const CHROMIUM_ARGS: readonly string[];
export declare function findChromium(): string;
