/**
 * The safe arithmetic language of derived indicators: numbers, indicator ids, {@code + - * /},
 * unary minus, parentheses, {@code min}, {@code max} and {@code abs}. {@link
 * io.github.bsc4j.formula.Formula#parse(String)} turns text into an immutable tree once; nothing
 * here reaches reflection, scripting engines or class loading.
 */
package io.github.bsc4j.formula;
