package org.shegong.platform.domain.model.staff;

/** Where a staff member's login stands; pages show it by its label ({@code label.LoginState.*}). */
public enum LoginState {
    /**
     * 无登录: none given yet, or the identity provider holds no account of the operator under the
     * recorded username (it was never made, or was deleted there): nothing to sign in with.
     */
    NONE,
    /** 在用: the person signs in. */
    ACTIVE,
    /** 已停用: disabled by the operator admin (or found disabled at the identity provider); it can be enabled again. */
    DISABLED
}
