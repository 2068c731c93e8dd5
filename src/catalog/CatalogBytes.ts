// Where the IAM catalog's bytes come from. The catalog lives in the pure core and reads a service
// at a time; the edge (the CLI, the Action, tests) hands it a reader of the file beside the
// bundles (src/source/iamCatalogFile.ts), so the core itself does no I/O.

/** An open catalog: random-access reads until closed. */
export interface CatalogHandle {
  /** Reads up to `length` bytes at `position` into `into[offset..]`; 0 at the end. */
  read(into: Uint8Array, offset: number, length: number, position: number): number
  close(): void
}

export interface CatalogBytes {
  /** Names the source in error messages (a path). */
  readonly name: string
  open(): CatalogHandle
}
