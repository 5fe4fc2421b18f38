package org.shegong.platform.domain.model.staff;

/** Where a staff member's login stands; pages show it by its label ({@code label.LoginState.*}). */
public enum LoginState {
    /** No login given yet. */
    NONE,
    /** 在用: the person signs in. */
    ACTIVE,
    /** 已停用: disabled by the operator admin; it can be enabled again. */
    DISABLED
}
