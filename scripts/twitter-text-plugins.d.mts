export declare const URL_GUARD: string;
export declare const CORE_JS: RegExp;
export declare function isParseTweetUrlImport(source: string, importer: string | undefined): boolean;
