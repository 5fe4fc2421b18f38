package org.shegong.platform.api.directory;

/**
 * Operators (运营方) by the name people know them by, for a module that shows a figure of another
 * operator (e.g. a volunteer's hours at each operator they serve): the registered name is a public
 * fact, the code is for machines. Global data, the same for every tenant.
 */
public interface OperatorNames {

    /** The operator's registered name, e.g. 太原市希望社会工作服务中心; the code itself when no operator has it. */
    String nameOf(String operatorCode);
}
