<?php
/**
 * TEST-ONLY my-account page: login and registration forms, or a short dashboard.
 *
 * @package WooCommerceStandin
 */

namespace WooCommerceStandin;

defined( 'ABSPATH' ) || exit;

Templates::header( 'My account' );
if ( is_user_logged_in() ) :
	?>
<div class="woocommerce-MyAccount-content">
	<p>Hello <strong><?php echo esc_html( wp_get_current_user()->display_name ); ?></strong> (<a href="<?php echo esc_url( wp_logout_url( Pages::url( 'myaccount' ) ) ); ?>">Log out</a>)</p>
</div>
<?php else : ?>
<div class="u-columns col2-set" id="customer_login">
	<div class="u-column1 col-1">
		<h2>Login</h2>
		<form class="woocommerce-form woocommerce-form-login login" method="post">
			<p><label for="username">Username or email address</label><input type="text" class="input-text" name="username" id="username" autocomplete="username"></p>
			<p><label for="password">Password</label><input class="input-text" type="password" name="password" id="password" autocomplete="current-password"></p>
			<?php wp_nonce_field( 'woocommerce-login', 'woocommerce-login-nonce' ); ?>
			<button type="submit" class="woocommerce-button button woocommerce-form-login__submit" name="login" value="Log in">Log in</button>
		</form>
	</div>
	<div class="u-column2 col-2">
		<h2>Register</h2>
		<form method="post" class="woocommerce-form woocommerce-form-register register">
			<p><label for="reg_email">Email address</label><input type="email" class="input-text" name="email" id="reg_email" autocomplete="email"></p>
			<p>A link to set a new password will be sent to your email address.</p>
			<?php wp_nonce_field( 'woocommerce-register', 'woocommerce-register-nonce' ); ?>
			<button type="submit" class="woocommerce-Button woocommerce-button button woocommerce-form-register__submit" name="register" value="Register">Register</button>
		</form>
	</div>
</div>
	<?php
endif;
Templates::footer();
