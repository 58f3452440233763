// Grades for a class session: the rubric, the marks, and the CSV.
export * from './grades.ts';
export * from './csv.ts';
