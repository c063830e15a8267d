/** Lists written as files people open: the Excel workbook (.xlsx) a store query streams into. */
package io.clientela.service.export;
