/** Who last edited the Procedures tab (onEdit records it), so the run's version log names them. */
export const PROCEDURES_EDITOR = 'kamnot.procedures.editor';
